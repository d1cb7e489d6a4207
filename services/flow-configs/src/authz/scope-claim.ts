// The claim's name and values are the model's (the shell and module read the same claim); re-exported here
// for the pre-token Lambda and the local sign-in page.
export { EVERY_CONFIG, SCOPE_CLAIM } from "@flow-configs/model/access-scope";
