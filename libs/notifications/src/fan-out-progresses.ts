import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { FanOutEntity } from './fan-out.entity.js';

/** Moderators watch announcements to many recipients progress batch by batch. */
@Injectable()
export class FanOutProgresses {
  constructor(@InjectRepository(FanOutEntity) private readonly fanOuts: Repository<FanOutEntity>) {}

  recent(first: number): Promise<FanOutEntity[]> {
    return this.fanOuts.find({ order: { createdAt: 'DESC', id: 'DESC' }, take: first });
  }
}
