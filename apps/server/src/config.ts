import { resolve } from 'node:path';
import { z } from 'zod';

/** Read and validated once at start; a bad value stops the server with a message naming the variable. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// connection string' })
    .optional(),
  SHABAKA_DATA_DIR: z.string().min(1).default('./data'),
  SHABAKA_DEMO: z
    .enum(['0', '1', 'true', 'false', ''])
    .default('')
    .transform((v) => v === '1' || v === 'true'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  SHABAKA_PUBLIC_URL: z.url().optional(),
  SHABAKA_RATE_LIMITS: z.enum(['on', 'off']).default('on'),
});

export type ServerConfig = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  environment: 'development' | 'production' | 'test';
  publicUrl: string | undefined;
  rateLimits: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): ServerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: resolve(c.SHABAKA_DATA_DIR),
    demo: c.SHABAKA_DEMO || argv.includes('--demo'),
    environment: c.NODE_ENV,
    publicUrl: c.SHABAKA_PUBLIC_URL,
    rateLimits: c.SHABAKA_RATE_LIMITS === 'on',
  };
}

export class ConfigError extends Error {}
