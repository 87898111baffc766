export * from './filter';
export * from './stories';
