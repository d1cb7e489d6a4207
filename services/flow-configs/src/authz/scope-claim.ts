/**
 * The ID-token claim that limits a business or read-only user to some configs, as the pre-token Lambda
 * writes it and the API reads it: `"id:Office-Austin template:FieldOffice"`, `"*"` for every config,
 * `""` for none. Dependency-free so the pre-token Lambda's bundle can share it.
 */
export const SCOPE_CLAIM = "flow_configs_scope";

/** The claim (and `FlowConfigsScope` tag) value that grants every config. */
export const EVERY_CONFIG = "*";
