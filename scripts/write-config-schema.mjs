// Writes schema/switchyard.schema.json, the config's JSON Schema that the package ships for editors
// (`# yaml-language-server: $schema=./node_modules/switchyard/schema/switchyard.schema.json`). It is generated from
// the zod schema in the build (run after tsc), and a test keeps the committed copy equal to `switchyard config schema`.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configJsonSchema } from "../dist/config/config-json-schema.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(path.join(root, "schema"), { recursive: true });
writeFileSync(path.join(root, "schema/switchyard.schema.json"), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
