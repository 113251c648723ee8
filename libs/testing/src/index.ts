export * from './kafka-broker';
export * from './test-database';
export * from './wait-for';
export * from './topic-recorder';
export * from './phone-numbers';
export * from './platform-processes';
