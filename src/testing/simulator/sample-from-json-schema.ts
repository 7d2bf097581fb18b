/**
 * Builds a small deterministic value that satisfies a JSON Schema: what the simulator answers
 * for `response_format: json_schema` and for tool-call arguments.
 * @module
 */

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const MAX_DEPTH = 6;

/**
 * A value matching `schema` (objects, arrays, strings, numbers, integers, booleans, null,
 * `enum`, `const`, `anyOf`/`oneOf`/`allOf` first branch). Every declared property is filled,
 * so `required` and `additionalProperties: false` both hold. Unknown schemas give `{}`.
 * `text` seeds string values so answers stay recognisable.
 */
export function sampleFromJsonSchema(schema: unknown, text = "simulated", depth = 0): JsonValue {
  if (!isRecord(schema) || depth > MAX_DEPTH) return {};
  if ("const" in schema) return toJsonValue(schema["const"]);
  const enumValues = schema["enum"];
  if (Array.isArray(enumValues) && enumValues.length > 0) return toJsonValue(enumValues[0]);
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) return sampleFromJsonSchema(branches[0], text, depth + 1);
  }
  switch (firstType(schema["type"])) {
    case "string":
      return text;
    case "integer":
      return typeof schema["minimum"] === "number" ? Math.ceil(schema["minimum"]) : 1;
    case "number":
      return typeof schema["minimum"] === "number" ? schema["minimum"] : 1;
    case "boolean":
      return true;
    case "null":
      return null;
    case "array": {
      // Capped: the schema comes from a client, and `minItems: 1e9` must not allocate a billion entries.
      const minItems = typeof schema["minItems"] === "number" && Number.isFinite(schema["minItems"]) ? Math.min(100, Math.max(1, Math.floor(schema["minItems"]))) : 1;
      return Array.from({ length: minItems }, () => sampleFromJsonSchema(schema["items"], text, depth + 1));
    }
    default:
      return sampleObject(schema, text, depth);
  }
}

function sampleObject(schema: Record<string, unknown>, text: string, depth: number): JsonValue {
  const properties = schema["properties"];
  if (!isRecord(properties)) return {};
  // fromEntries defines each property: a schema property named `__proto__`, assigned, set the answer's prototype
  // instead, and the answer lacked the property the schema asked for.
  return Object.fromEntries(Object.entries(properties).map(([name, propertySchema]) => [name, sampleFromJsonSchema(propertySchema, text, depth + 1)]));
}

function firstType(type: unknown): string | undefined {
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return type.find((entry): entry is string => typeof entry === "string" && entry !== "null");
  return undefined;
}

function toJsonValue(value: unknown): JsonValue {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
