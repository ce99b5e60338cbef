import { ApiErrorBody, apiRoutes, errorStatus, type ApiRoute } from '@tend/contract';

/** The contract's route for a method and path (a HEAD is its GET), if the API has one. */
function routeOf(method: string, path: string): ApiRoute | undefined {
  const pathname = new URL(path, 'http://localhost').pathname;
  const asked = method === 'HEAD' ? 'GET' : method;
  return Object.values(apiRoutes).find((route) => route.method === asked && route.path === pathname);
}

/** A route's answer that breaks its own contract: what is wrong, or null when it keeps it. */
export async function contractBreach(
  method: string,
  path: string,
  response: Response,
): Promise<string | null> {
  const route = routeOf(method, path);
  if (!route) return null;
  const text = await response.clone().text();
  const where = `${method} ${path} answered ${response.status}`;
  if (response.ok) {
    if (response.status !== route.status) return `${where}, but the contract says ${route.status}`;
    if (method === 'HEAD' || route.response === null) {
      return text === '' ? null : `${where} with a body where the contract has none`;
    }
    const parsed = route.response.safeParse(JSON.parse(text));
    return parsed.success ? null : `${where} with a body outside its schema: ${parsed.error.message}`;
  }
  if (method === 'HEAD') return null;
  const parsed = ApiErrorBody.safeParse(JSON.parse(text));
  if (!parsed.success) return `${where} with an error body outside the contract: ${text.slice(0, 200)}`;
  const expected = errorStatus[parsed.data.error.code];
  return expected === response.status ? null : `${where} for ${parsed.data.error.code}, which is ${expected}`;
}
