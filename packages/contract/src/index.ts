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
  type ParsedQueryOf,
  type ParsedRequestOf,
  type QueryOf,
  type RequestOf,
  type ResponseOf,
  type RouteWithBody,
  type RouteWithQuery,
  type RouteWithRequest,
} from './routes.ts';
export * from './practice.ts';
