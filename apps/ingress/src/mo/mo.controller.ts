import { BadRequestException, Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, ServiceUnavailableException } from '@nestjs/common';
import { KafkaUnavailableError } from '@parley/kafka';
import { INGRESS_CONFIG, type IngressConfig } from '../config';
import { MoIntake } from './mo-intake.service';
import { type RawMo, validateMo } from './mo-input';

@Controller('v1/mo')
export class MoController {
  constructor(private readonly intake: MoIntake, @Inject(INGRESS_CONFIG) private readonly config: IngressConfig) {}

  /** Generic JSON webhook: 202 with the message id once Kafka has stored it; 400 bad input; 503 not stored. */
  @Post()
  @HttpCode(202)
  async receive(@Body() body: unknown) {
    if (typeof body !== 'object' || body === null || Array.isArray(body) || Buffer.isBuffer(body)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: ['body: must be a JSON object'] });
    }
    const result = validateMo(body as RawMo, this.config.mo);
    if (!result.ok) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: result.problems });
    try {
      return await this.intake.accept('generic', result.mo);
    } catch (e) {
      if (e instanceof KafkaUnavailableError) {
        throw new ServiceUnavailableException({ statusCode: 503, error: 'Service Unavailable', message: ['message not stored: Kafka unavailable, retry later'] });
      }
      throw e;
    }
  }

  @Get(':id')
  async status(@Param('id', new ParseUUIDPipe()) id: string) {
    const mo = await this.intake.find(id);
    if (!mo) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: [`no MO with id ${id}`] });
    return mo;
  }
}
