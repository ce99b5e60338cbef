import { Hono } from 'hono';
import { registerCredentialRoutes } from './accounts/credential-routes.ts';
import { registerSessionRoutes } from './accounts/session-routes.ts';
import type { AppContext } from './context.ts';
import { apiFallback } from './http/api-fallback.ts';
import type { AppEnv } from './http/app-env.ts';
import { csrfGuard } from './http/csrf-guard.ts';
import { errorHandler } from './http/error-handler.ts';
import { registerHealthRoute } from './http/health-route.ts';
import { hostGuard } from './http/host-guard.ts';
import { requestId } from './http/request-id.ts';
import { requestLog } from './http/request-log.ts';
import { noStore, securityHeaders } from './http/security-headers.ts';
import { createStaticWeb } from './http/static-web.ts';
import { registerPracticeRoutes } from './practice/practice-routes.ts';
import { registerSyncRoutes } from './sync/sync-routes.ts';

/** The whole HTTP surface: the API under /api/v1 and the built web app, on one port. */
export function createApp(ctx: AppContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestId(), requestLog(ctx.logger), securityHeaders({ hsts: ctx.config.cookieSecure }));
  app.use('*', hostGuard(ctx.config));
  app.use('/api/*', noStore(), csrfGuard(ctx.config));

  registerHealthRoute(app, ctx);
  registerSessionRoutes(app, ctx);
  registerCredentialRoutes(app, ctx);
  registerSyncRoutes(app, ctx);
  registerPracticeRoutes(app, ctx);
  app.all('/api/*', apiFallback);

  app.get('*', createStaticWeb(ctx.config.webDist));
  app.notFound((c) => (c.req.path.startsWith('/api/') ? apiFallback(c) : c.text('Not found\n', 404)));
  app.onError(errorHandler(ctx.logger));
  return app;
}
