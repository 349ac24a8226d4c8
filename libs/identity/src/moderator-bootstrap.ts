import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@magmatch/core';
import { hashPassword } from './passwords.js';
import { uniquely } from './unique-violation.js';
import { Role, UserEntity } from './user.entity.js';

/** The association's first moderator (BOOTSTRAP_MODERATOR_EMAIL / _PASSWORD), created at start if absent. */
@Injectable()
export class ModeratorBootstrap implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const moderator = this.config.bootstrapModerator;
    if (moderator) await this.ensureModerator(moderator.email, moderator.password);
  }

  /** Creates a moderator unless a user with that e-mail exists. */
  async ensureModerator(email: string, password: string): Promise<void> {
    if (await this.users.existsBy({ email })) return;
    await uniquely(async () => this.users.save(this.users.create({ email, passwordHash: await hashPassword(password), role: Role.MODERATOR })));
  }
}
