import { Injectable } from '@nestjs/common';
import type { LoaderDefinition } from '@magmatch/core';
import { ResponseTimes } from '@magmatch/matching';
import { RequirementsService } from '@magmatch/requirements';

const MIN_CLOSED_FOR_BANDED_RATE = 3;

/** Batched track records of organisations: response time from the response log, award rate from requirements. */
@Injectable()
export class TrackRecordLoaders {
  readonly responseHoursByOrganization: LoaderDefinition<string, number>;
  readonly awardRateByBuyer: LoaderDefinition<string, number>;
  /** Rounded to 10 % and only over 3 or more closed requirements: an anonymous buyer's rate must not single it out. */
  readonly bandedAwardRateByBuyer: LoaderDefinition<string, number>;

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
        return ids.map((id) => rates.get(id)?.pct ?? null);
      },
    };
    this.bandedAwardRateByBuyer = {
      name: 'quotes.bandedAwardRateByBuyer',
      batch: async (ids) => {
        const rates = await requirements.awardRates(ids);
        return ids.map((id) => {
          const rate = rates.get(id);
          return rate && rate.closed >= MIN_CLOSED_FOR_BANDED_RATE ? Math.round(rate.pct / 10) * 10 : null;
        });
      },
    };
  }
}
