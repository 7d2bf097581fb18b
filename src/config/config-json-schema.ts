/**
 * The JSON Schema of `switchyard.yaml`, generated from the zod schema, for editors.
 * @module
 */
import { z } from "zod";
import { configSchema } from "./config-schema.js";

/** The JSON Schema document for the config (input shape: defaults are optional). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://switchyard.dev/schema/switchyard.schema.json",
    title: "Switchyard config (switchyard.yaml)",
    ...z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }),
    // Top-level `x-` keys hold anchors and are not read (parse-config's `isExtensionKey`); an editor takes them too.
    patternProperties: { "^[xX]-": {} },
  };
}
