export { errorStatus, errorCodes, type ErrorCode, type ApiErrorBody } from './errors.ts';
export * from './schemas.ts';
export {
  apiRoutes,
  authBodyBytes,
  csrfHeader,
  csrfHeaderValue,
  formBodyBytes,
  maxBodyBytes,
  type ApiRouteName,
} from './routes.ts';
export * from './practice.ts';
