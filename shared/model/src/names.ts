/** Config ids: 1–64 chars of A–Z a–z 0–9 _ - (they appear in DynamoDB keys and URLs). */
export const CONFIG_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Variable and prompt names: 1–128 chars of A–Z a–z 0–9 _ + . -
 * (`+` and `.` so that an E.164 number such as `+15551234567` is a valid name in list configs).
 */
export const ENTRY_NAME_PATTERN = /^[A-Za-z0-9_+.-]{1,128}$/;

/** Lookup keys (dialed numbers in E.164, office ids) follow the entry-name rule. */
export const LOOKUP_KEY_PATTERN = ENTRY_NAME_PATTERN;

/** BCP-47 locale codes as Amazon Connect uses them: `en-US`, `es-US`, `fr-CA`, `cmn-CN`, `en-GB-WLS`. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Ids the REST API and the module use as path segments (`/flow-configs/export`, `/flow-configs/usage`, `/flow-configs/new`). */
export const RESERVED_CONFIG_IDS: readonly string[] = ["new", "import", "export", "usage"];
