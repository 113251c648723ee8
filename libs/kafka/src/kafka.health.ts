import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import { consumerState } from './consumer-state';
import { KAFKA_CLIENT } from './kafka-options';

/** Answers whether the brokers respond, with a bounded wait, for the /health endpoint. */
@Injectable()
export class KafkaHealth implements OnApplicationShutdown {
  private admin?: Admin;
  private connecting?: Promise<Admin>;

  constructor(@Inject(KAFKA_CLIENT) private readonly kafka: Kafka) {}

  async check(timeoutMs = 2000): Promise<{ up: true; brokers: number } | { up: false; error: string }> {
    try {
      const cluster = await withTimeout(this.describe(), timeoutMs);
      if (consumerState.expected && !consumerState.joined) {
        return { up: false, error: `not consuming yet: ${consumerState.lastError ?? 'joining the consumer group'}` };
      }
      return { up: true, brokers: cluster.brokers.length };
    } catch (e) {
      this.reset();
      return { up: false, error: (e as Error).message };
    }
  }

  private async describe() {
    this.connecting ??= (async () => {
      const admin = this.kafka.admin({ retry: { retries: 0 } });
      await admin.connect();
      this.admin = admin;
      return admin;
    })();
    const admin = await this.connecting;
    return admin.describeCluster();
  }

  private reset(): void {
    const admin = this.admin;
    this.admin = undefined;
    this.connecting = undefined;
    void admin?.disconnect().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect().catch(() => undefined);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from Kafka within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e as Error);
      },
    );
  });
}
