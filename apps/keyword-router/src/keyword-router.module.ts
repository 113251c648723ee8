import { type DynamicModule, Module } from '@nestjs/common';
import { DatabaseModule } from '@parley/database';
import { KafkaModule } from '@parley/kafka';
import { HealthModule, type Logger } from '@parley/observability';
import { LOGGER, ROUTER_CONFIG, type KeywordRouterConfig } from './config';
import { CreatePrograms1732300000000 } from './migrations/1732300000000-create-programs';
import { SeedParleyDeals1732300000001 } from './migrations/1732300000001-seed-parley-deals';
import { ProgramCatalog } from './programs/program-catalog.service';
import { KeywordRuleRow, ProgramRow } from './programs/program.entity';
import { MoReceivedHandler } from './routing/mo-received.handler';

@Module({})
export class KeywordRouterModule {
  static register(config: KeywordRouterConfig, logger: Logger): DynamicModule {
    return {
      module: KeywordRouterModule,
      imports: [
        KafkaModule.forRoot({ ...config.kafka, logger }),
        DatabaseModule.forService({
          url: config.database.url,
          schema: 'keyword_router',
          entities: [ProgramRow, KeywordRuleRow],
          migrations: [CreatePrograms1732300000000, SeedParleyDeals1732300000001],
        }),
        HealthModule.forRoot(),
      ],
      controllers: [MoReceivedHandler],
      providers: [{ provide: ROUTER_CONFIG, useValue: config }, { provide: LOGGER, useValue: logger }, ProgramCatalog],
    };
  }
}
