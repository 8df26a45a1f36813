/**
 * Delegate registration: the domain functions the pages, the self-service link and the organisers'
 * dashboard call. Each takes the database first, so tests call exactly what the actions call.
 */

export { activeRegistrationCount, loadEventCatalogue, registrationAvailability } from "./catalogue";
export { approveRegistration, cancelRegistration, declineRegistration, resendConfirmation } from "./decisions";
export {
  eraseRegistration,
  exportRegistrationData,
  findRegistrationByToken,
  loadRegistrationView,
  requestManageLink,
} from "./manage";
export { submitRegistration } from "./register";
export { registrationCalendar } from "./registration-calendar";
export { fillFreedSeats } from "./seats";
export { cancelSignup, changeSignups } from "./signups";
