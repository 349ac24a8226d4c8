import { Logger } from '@nestjs/common';

// Adapters tested without an application log through Nest's console logger; keep test output readable
// unless TEST_LOG_LEVEL asks for logs (the applications under test log through pino at that level).
if (!process.env.TEST_LOG_LEVEL) Logger.overrideLogger(false);
