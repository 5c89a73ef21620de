export type ImportMode = 'reference' | 'copy';

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}
