import { Injectable } from '@nestjs/common';
import type { LoaderDefinition } from '@magmatch/core';
import { ResponseTimes } from '@magmatch/matching';
import { RequirementsService } from '@magmatch/requirements';

/** Batched track records of organisations: response time from the response log, award rate from requirements. */
@Injectable()
export class TrackRecordLoaders {
  readonly responseHoursByOrganization: LoaderDefinition<string, number>;
  readonly awardRateByBuyer: LoaderDefinition<string, number>;

  constructor(responseTimes: ResponseTimes, requirements: RequirementsService) {
    this.responseHoursByOrganization = {
      name: 'quotes.responseHoursByOrganization',
      batch: async (ids) => {
        const records = await responseTimes.of(ids);
        return ids.map((id) => records.get(id)?.medianHours ?? null);
      },
    };
    this.awardRateByBuyer = {
      name: 'quotes.awardRateByBuyer',
      batch: async (ids) => {
        const rates = await requirements.awardRates(ids);
        return ids.map((id) => rates.get(id) ?? null);
      },
    };
  }
}
