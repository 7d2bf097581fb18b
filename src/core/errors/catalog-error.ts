import { GatewayError } from "./gateway-error.js";

/** The model catalog could not be read or parsed. */
export class CatalogError extends GatewayError {
  constructor(message: string, cause?: unknown) {
    super({ message, status: 503, type: "catalog_error", code: "catalog_unavailable", cause });
  }
}
