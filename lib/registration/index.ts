/**
 * Delegate registration: the domain functions the pages, the self-service link and the organisers'
 * dashboard call. Each takes the database first, so tests call exactly what the actions call.
 */
export { loadEventCatalogue, registrationAvailability, activeRegistrationCount, findOverlap } from "./catalogue";
export type { Availability, EventCatalogue } from "./catalogue";
export { registerDelegate, submitRegistration } from "./register";
export type { RegisterResult, RegisterContext } from "./register";
export { changeSignups, cancelSignup } from "./signups";
export { approveRegistration, declineRegistration, cancelRegistration, resendConfirmation } from "./decisions";
export type { DecisionResult } from "./decisions";
export { fillFreedSeats, promoteFromWaitlist, claimSeat, releaseSignup } from "./seats";
export {
  findRegistrationByToken,
  loadRegistrationView,
  requestManageLink,
  exportRegistrationData,
  eraseRegistration,
} from "./manage";
export { registrationCalendar } from "./registration-calendar";
export { qrPng, qrSvg } from "./qr";
