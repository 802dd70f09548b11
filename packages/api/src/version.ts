/**
 * `@shabaka/api/version`: the version of the API as its callers see it (procedures, their inputs and outputs,
 * error reasons). `@shabaka/client` is packed under this version and exports it as `API_VERSION`, so a commune's
 * project pins the API it was written against. Semver over what a caller's code sees: major when a procedure or a
 * field is removed or renamed, an input becomes stricter or an output changes shape; minor when something is added
 * (a procedure, an optional input field, an output field); patch when the types are unchanged (a fix).
 */
export const API_VERSION = '1.0.0';
