/**
 * Delegate registration: the domain functions the pages, the self-service link and the organisers'
 * dashboard call. Each takes the database first, so tests call exactly what the actions call.
 */

export type { Availability, EventCatalogue } from "./catalogue";
export { activeRegistrationCount, findOverlap, loadEventCatalogue, registrationAvailability } from "./catalogue";
export type { DecisionResult } from "./decisions";
export { approveRegistration, cancelRegistration, declineRegistration, resendConfirmation } from "./decisions";
export {
  eraseRegistration,
  exportRegistrationData,
  findRegistrationByToken,
  loadRegistrationView,
  requestManageLink,
} from "./manage";
export { qrPng, qrSvg } from "./qr";
export type { RegisterContext, RegisterResult } from "./register";
export { registerDelegate, submitRegistration } from "./register";
export { registrationCalendar } from "./registration-calendar";
export { claimSeat, fillFreedSeats, releaseSignup } from "./seats";
export { cancelSignup, changeSignups } from "./signups";
