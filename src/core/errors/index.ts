export { PX_ERROR_CODES, isPxErrorCode, type PxErrorCode } from './codes.ts';
export { ERROR_TITLES, errorTitle } from './titles.ts';
export { isPxError } from './is-px-error.ts';
