import { type DynamicModule, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { DatabaseModule } from '@parley/database';
import { KafkaModule } from '@parley/kafka';
import { HealthModule, type Logger } from '@parley/observability';
import { ADAPTER_CONFIG, LOGGER, type ProviderAdapterConfig } from './config';
import { CreateSubmissions1732300000000 } from './migrations/1732300000000-create-submissions';
import { SubmissionResend1732300000001 } from './migrations/1732300000001-submission-resend';
import { SMS_PROVIDER, type SmsProvider } from './providers/sms-provider';
import { SimulatorController } from './providers/simulator/simulator.controller';
import { SimulatorProvider } from './providers/simulator/simulator.provider';
import { MtSubmitHandler } from './sending/mt-submit.handler';
import { RecentSends } from './sending/recent-sends';
import { ReceiptRecorder } from './sending/receipt-recorder.service';
import { StaleClaimSweeper } from './sending/stale-claim-sweeper';
import { SubmissionSender } from './sending/submission-sender';
import { Submission } from './sending/submission.entity';

function createProvider(config: ProviderAdapterConfig): SmsProvider {
  switch (config.provider) {
    case 'simulator':
      return new SimulatorProvider({ dlrDelayMs: config.simulator.dlrDelayMs });
  }
}

@Module({})
export class ProviderAdapterModule implements OnApplicationShutdown {
  constructor(@Inject(SMS_PROVIDER) private readonly provider: SmsProvider) {}

  static register(config: ProviderAdapterConfig, logger: Logger): DynamicModule {
    return {
      module: ProviderAdapterModule,
      imports: [
        KafkaModule.forRoot({ ...config.kafka, logger }),
        DatabaseModule.forService({
          url: config.database.url,
          schema: 'provider_adapter',
          entities: [Submission],
          migrations: [CreateSubmissions1732300000000, SubmissionResend1732300000001],
        }),
        HealthModule.forRoot(),
      ],
      controllers: [MtSubmitHandler, SimulatorController],
      providers: [
        { provide: ADAPTER_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: SMS_PROVIDER, useValue: createProvider(config) },
        RecentSends,
        SubmissionSender,
        StaleClaimSweeper,
        ReceiptRecorder,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.provider.close?.();
  }
}
