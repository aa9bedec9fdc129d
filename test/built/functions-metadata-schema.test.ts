import Ajv from "ajv";
import addFormats from "ajv-formats";
import schema from "../fixtures/custom-functions.schema.json";
import { builtName, readBuilt } from "./dist";

// The metadata schema of Excel custom functions (Microsoft's metadata reference, as a JSON schema):
// Excel refuses to register functions whose metadata does not fit it.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

describe.each(["functions.json", "functions-vi.json"])("dist/%s", (name) => {
  it("fits Excel's custom functions metadata schema", () => {
    const valid = validate(JSON.parse(readBuilt(builtName(name))));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
