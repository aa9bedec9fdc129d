export * from "./result";
export * from "./figures";
export * from "./status";
export * from "./marks";
export * from "./forecast";
