import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The base for every package: strict TypeScript, no `any`, no unused code. */
export default tseslint.config(
  { ignores: ["dist/**", "cdk.out/**", "reports/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // Tests index into fixtures they just built; a failed assertion is the clearer error there.
    files: ["**/test/**", "**/*.test.{ts,tsx}", "**/tests/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
