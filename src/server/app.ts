// The HTTP application: security plugins (CSP, CORS, rate limits, body limits), the API routes,
// the built game as static files, and JSON errors for everything else.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { AppDeps } from './app-deps.ts';
import { errorHandler } from './http/error-handler.ts';
import { acceptJsonBodiesOnly } from './http/json-bodies.ts';
import { noStoreOnApi } from './http/no-store.ts';
import { assignmentRoutes } from './routes/assignment-routes.ts';
import { attemptRoutes } from './routes/attempt-routes.ts';
import { examRoutes } from './routes/exam-routes.ts';
import { cohortAdminRoutes } from './routes/cohort-admin-routes.ts';
import { cohortRoutes } from './routes/cohort-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { leaderboardRoutes } from './routes/leaderboard-routes.ts';
import { scenarioRoutes } from './routes/scenario-routes.ts';
import { trainerRoutes } from './routes/trainer-routes.ts';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Phaser and Vite set inline style attributes on the canvas and its container.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // No client holds a connection or a request open for ever (a slow body, headers never finished).
    requestTimeout: config.operations.requestTimeoutMs,
    keepAliveTimeout: config.operations.keepAliveTimeoutMs,
    connectionTimeout: config.operations.connectionTimeoutMs,
    // Node checks the request and header deadlines on this tick (30 s by default, far past them).
    http: { headersTimeout: config.operations.headersTimeoutMs, connectionsCheckingInterval: 1000 },
    // close() drops idle keep-alive connections at once; requests still running get until the
    // shutdown drain ends (start-server.ts), then their connections are closed too.
    forceCloseConnections: 'idle',
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    // Paths are matched as sent: "/api/health/" is not "/api/health".
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
  });
  app.setErrorHandler(errorHandler);
  acceptJsonBodiesOnly(app);
  noStoreOnApi(app);
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ error: `no such endpoint: ${request.method} ${request.url.split('?')[0]}` });
  });

  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
  await app.register(cors, {
    origin: config.corsOrigins.length === 0 ? false : config.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    maxAge: 600,
  });
  if (config.rateLimit) await app.register(rateLimit, { global: true, max: config.rateLimit.max, timeWindow: '1 minute' });

  healthRoutes(app, deps);
  cohortRoutes(app, deps);
  scenarioRoutes(app, deps);
  attemptRoutes(app, deps);
  examRoutes(app, deps);
  leaderboardRoutes(app, deps);
  trainerRoutes(app, deps);
  cohortAdminRoutes(app, deps);
  assignmentRoutes(app, deps);

  const staticRoot = resolve(config.staticDir);
  if (existsSync(join(staticRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: staticRoot, prefix: '/', index: ['index.html'] });
  } else {
    app.get('/', async (_request, reply) =>
      reply.code(404).send({ error: `the game is not built: run "npm run build" (looked for ${config.staticDir}/index.html)` }));
  }
  return app;
}
