export { errorTable, errorStatus, errorCodes, ApiErrorBody, type ErrorCode } from './errors.ts';
export * from './schemas.ts';
export {
  apiRoutes,
  authBodyBytes,
  csrfHeader,
  csrfHeaderValue,
  formBodyBytes,
  maxBodyBytes,
  type ApiRoute,
  type ApiRouteName,
  type ApiRoutes,
  type DecodedResponseOf,
  type QueryOf,
  type RequestOf,
  type ResponseOf,
  type RouteWithBody,
} from './routes.ts';
export * from './practice.ts';
