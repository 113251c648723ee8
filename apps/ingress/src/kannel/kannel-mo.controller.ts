import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { KafkaUnavailableError } from '@parley/kafka';
import type { Logger } from '@parley/observability';
import { INGRESS_CONFIG, type IngressConfig } from '../config';
import { LOGGER } from '../http/logger.token';
import { MoIntake } from '../mo/mo-intake.service';
import { validateMo } from '../mo/mo-input';
import { kannelToRawMo } from './kannel-mo';

/**
 * Kannel's sms-service target. Success is 200 with an empty body, so Kannel sends no reply SMS of its
 * own; bad input is 400 and Kafka trouble 503 (Kannel retries with the same %I id, which dedupes).
 * Error bodies stay empty for the same reason; the reason travels in the X-Parley-Error header.
 */
@Controller('v1/providers/kannel/mo')
export class KannelMoController {
  constructor(
    private readonly intake: MoIntake,
    @Inject(INGRESS_CONFIG) private readonly config: IngressConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get()
  viaGet(@Req() req: FastifyRequest, @Res() res: FastifyReply) {
    return this.handle(req, res, undefined);
  }

  @Post()
  viaPost(@Req() req: FastifyRequest, @Res() res: FastifyReply) {
    return this.handle(req, res, Buffer.isBuffer(req.body) ? req.body : undefined);
  }

  private async handle(req: FastifyRequest, res: FastifyReply, body: Buffer | undefined): Promise<void> {
    res.header('Content-Type', 'text/plain');
    const raw = kannelToRawMo({ query: req.query as Record<string, unknown>, headers: req.headers, body });
    const result = validateMo(raw, this.config.mo);
    if (!result.ok) {
      this.logger.warn({ problems: result.problems }, 'Kannel MO rejected');
      await res.code(400).header('X-Parley-Error', result.problems.join('; ').slice(0, 500)).send();
      return;
    }
    try {
      const accepted = await this.intake.accept('kannel', result.mo);
      await res.code(200).header('X-Parley-Message-Id', accepted.id).send();
    } catch (e) {
      if (!(e instanceof KafkaUnavailableError)) throw e;
      await res.code(503).header('X-Parley-Error', 'message not stored: Kafka unavailable').send();
    }
  }
}
