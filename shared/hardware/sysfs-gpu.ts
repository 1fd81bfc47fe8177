/** What Linux sysfs says about one display-class PCI device. null = the file is absent or unreadable. */
export interface SysfsGpu {
  busId: string;
  vendorId: string | null;
  deviceId: string | null;
  revision: string | null;
  classCode: string | null;
  link: { genCurrent: number | null; genMax: number | null; widthCurrent: number | null; widthMax: number | null };
  /** amdgpu only. */
  vramBytes: number | null;
  temperatureC: number | null;
  powerCapW: number | null;
  driver: string | null;
}

