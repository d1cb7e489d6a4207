import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import base from "./index.js";

/** Base rules plus React hooks rules and browser globals. */
export default [
  ...base,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
];
