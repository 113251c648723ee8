import { Controller, type DynamicModule, Get, Module } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { KafkaHealth } from '@parley/kafka';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly kafka: KafkaHealth,
    private readonly indicators: HealthIndicatorService,
  ) {}

  /** Readiness: 200 only when both Kafka and PostgreSQL answer; 503 with the failing part otherwise. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1500 }),
      async () => {
        const indicator = this.indicators.check('kafka');
        const result = await this.kafka.check(2000);
        return result.up ? indicator.up({ brokers: result.brokers }) : indicator.down({ message: result.error });
      },
    ]);
  }

  /** Liveness: the process serves HTTP. Dependencies are not checked here, so an outage never restarts pods. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }
}

@Module({})
export class HealthModule {
  static forRoot(): DynamicModule {
    return { module: HealthModule, imports: [TerminusModule.forRoot({ logger: false })], controllers: [HealthController] };
  }
}
