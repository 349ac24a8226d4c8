import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@magmatch/config';

/** Injection token of the validated {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');
/** Injection token of the secret that signs access tokens (see `resolveJwtSecret`). */
export const JWT_SECRET = Symbol('JWT_SECRET');

/** Makes the configuration loaded at boot injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, jwtSecret: string): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JWT_SECRET, useValue: jwtSecret },
      ],
      exports: [APP_CONFIG, JWT_SECRET],
    };
  }
}
