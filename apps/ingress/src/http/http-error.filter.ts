import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';

/**
 * Every HTTP error as `{statusCode, error, message}`; a body that is not valid JSON gets a sentence
 * saying so instead of the parser's internals.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const parseError = exception as { type?: string; status?: number };
    if (parseError?.type === 'entity.parse.failed') {
      response.status(400).json({ statusCode: 400, error: 'Bad Request', message: ['request body is not valid JSON'] });
      return;
    }
    if (parseError?.type === 'entity.too.large') {
      response.status(413).json({ statusCode: 413, error: 'Payload Too Large', message: ['request body is too large'] });
      return;
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      response.status(exception.getStatus()).json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: [body] } : body);
      return;
    }
    response.status(500).json({ statusCode: 500, error: 'Internal Server Error', message: ['unexpected error'] });
  }
}
