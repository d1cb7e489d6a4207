export { default } from "@flow-configs/config-eslint";
