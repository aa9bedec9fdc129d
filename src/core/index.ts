/** The domain core: everything the custom functions, the task pane and the CLI share. */
export * from "./grid";
export * from "./roster";
export * from "./report";
export * from "./rules";
export * from "./settings";
export * from "./settings-check";
export * from "./engine";
export * from "./text";
export * from "./dates";
export * from "./people";
export * from "./plan";
export * from "./vocab";
export * from "./repair";
