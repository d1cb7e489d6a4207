export { mountStandalone } from "./mount-standalone";
export type { StandaloneModule, StandaloneOptions } from "./standalone-page";
