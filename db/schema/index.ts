export * from "./enums";
export * from "./events";
export * from "./infrastructure";
export * from "./localized";
export * from "./mailings";
export * from "./organisers";
export * from "./questions";
export * from "./registrations";
