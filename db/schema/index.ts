export * from "./enums";
export * from "./events";
export * from "./infrastructure";
export * from "./invitations";
export * from "./localized";
export * from "./organisers";
export * from "./questions";
export * from "./registrations";
