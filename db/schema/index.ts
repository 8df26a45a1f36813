export * from "./enums";
export * from "./localized";
export * from "./events";
export * from "./registrations";
export * from "./organisers";
export * from "./infrastructure";
export * from "./relations";
