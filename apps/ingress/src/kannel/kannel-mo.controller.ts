import { Controller, Get, Header, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
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
  @Header('Content-Type', 'text/plain')
  viaGet(@Req() req: Request, @Res() res: Response) {
    return this.handle(req, res, undefined);
  }

  @Post()
  @Header('Content-Type', 'text/plain')
  viaPost(@Req() req: Request, @Res() res: Response) {
    return this.handle(req, res, Buffer.isBuffer(req.body) ? req.body : undefined);
  }

  private async handle(req: Request, res: Response, body: Buffer | undefined): Promise<void> {
    const raw = kannelToRawMo({ query: req.query as Record<string, unknown>, headers: req.headers, body });
    const result = validateMo(raw, this.config.mo);
    if (!result.ok) {
      this.logger.warn({ problems: result.problems }, 'Kannel MO rejected');
      res.status(400).setHeader('X-Parley-Error', result.problems.join('; ').slice(0, 500)).end();
      return;
    }
    try {
      const accepted = await this.intake.accept('kannel', result.mo);
      res.status(200).setHeader('X-Parley-Message-Id', accepted.id).end();
    } catch (e) {
      if (!(e instanceof KafkaUnavailableError)) throw e;
      res.status(503).setHeader('X-Parley-Error', 'message not stored: Kafka unavailable').end();
    }
  }
}
