/**
 * The 42 Integrated Care Boards of England as they stood from 1 April 2023 to 31 March 2026, copied
 * row for row from `icbs-2023.csv` beside this file (a test holds them equal). WorkWell areas were
 * defined on these footprints, so the service directory keys areas by these ODS codes; the April 2026
 * mergers are in `icb-successions.ts`.
 *
 * Source: Office for National Statistics licensed under the Open Government Licence v3.0.
 * Contains public sector information licensed under the Open Government Licence v3.0.
 */
import { deepFreeze } from './freeze.js';

export interface Icb2023 {
  /** ONS code (E54…). */
  onsCode: string;
  /** ODS code (Q..): the code services and hosts use. */
  odsCode: string;
  name: string;
  shortName: string;
  nhsRegion: string;
  nhsRegionOnsCode: string;
  /** The footprint is one of the 15 WorkWell pilot areas announced in May 2024. */
  workwell2024: boolean;
}

export const ICBS_2023: readonly Readonly<Icb2023>[] = deepFreeze([
  { onsCode: 'E54000008', odsCode: 'QYG', name: 'NHS Cheshire and Merseyside Integrated Care Board', shortName: 'Cheshire and Merseyside', nhsRegion: 'North West', nhsRegionOnsCode: 'E40000014', workwell2024: false },
  { onsCode: 'E54000010', odsCode: 'QNC', name: 'NHS Staffordshire and Stoke-on-Trent Integrated Care Board', shortName: 'Staffordshire and Stoke-on-Trent', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: false },
  { onsCode: 'E54000011', odsCode: 'QOC', name: 'NHS Shropshire, Telford and Wrekin Integrated Care Board', shortName: 'Shropshire, Telford and Wrekin', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: false },
  { onsCode: 'E54000013', odsCode: 'QJM', name: 'NHS Lincolnshire Integrated Care Board', shortName: 'Lincolnshire', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: false },
  { onsCode: 'E54000015', odsCode: 'QK1', name: 'NHS Leicester, Leicestershire and Rutland Integrated Care Board', shortName: 'Leicester, Leicestershire and Rutland', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: true },
  { onsCode: 'E54000018', odsCode: 'QWU', name: 'NHS Coventry and Warwickshire Integrated Care Board', shortName: 'Coventry and Warwickshire', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: true },
  { onsCode: 'E54000019', odsCode: 'QGH', name: 'NHS Herefordshire and Worcestershire Integrated Care Board', shortName: 'Herefordshire and Worcestershire', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: true },
  { onsCode: 'E54000022', odsCode: 'QMM', name: 'NHS Norfolk and Waveney Integrated Care Board', shortName: 'Norfolk and Waveney', nhsRegion: 'East of England', nhsRegionOnsCode: 'E40000013', workwell2024: false },
  { onsCode: 'E54000023', odsCode: 'QJG', name: 'NHS Suffolk and North East Essex Integrated Care Board', shortName: 'Suffolk and North East Essex', nhsRegion: 'East of England', nhsRegionOnsCode: 'E40000013', workwell2024: false },
  { onsCode: 'E54000024', odsCode: 'QHG', name: 'NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board', shortName: 'Bedfordshire, Luton and Milton Keynes', nhsRegion: 'East of England', nhsRegionOnsCode: 'E40000013', workwell2024: false },
  { onsCode: 'E54000025', odsCode: 'QM7', name: 'NHS Hertfordshire and West Essex Integrated Care Board', shortName: 'Hertfordshire and West Essex', nhsRegion: 'East of England', nhsRegionOnsCode: 'E40000013', workwell2024: false },
  { onsCode: 'E54000026', odsCode: 'QH8', name: 'NHS Mid and South Essex Integrated Care Board', shortName: 'Mid and South Essex', nhsRegion: 'East of England', nhsRegionOnsCode: 'E40000013', workwell2024: false },
  { onsCode: 'E54000027', odsCode: 'QRV', name: 'NHS North West London Integrated Care Board', shortName: 'North West London', nhsRegion: 'London', nhsRegionOnsCode: 'E40000003', workwell2024: true },
  { onsCode: 'E54000028', odsCode: 'QMJ', name: 'NHS North Central London Integrated Care Board', shortName: 'North Central London', nhsRegion: 'London', nhsRegionOnsCode: 'E40000003', workwell2024: true },
  { onsCode: 'E54000029', odsCode: 'QMF', name: 'NHS North East London Integrated Care Board', shortName: 'North East London', nhsRegion: 'London', nhsRegionOnsCode: 'E40000003', workwell2024: false },
  { onsCode: 'E54000030', odsCode: 'QKK', name: 'NHS South East London Integrated Care Board', shortName: 'South East London', nhsRegion: 'London', nhsRegionOnsCode: 'E40000003', workwell2024: false },
  { onsCode: 'E54000031', odsCode: 'QWE', name: 'NHS South West London Integrated Care Board', shortName: 'South West London', nhsRegion: 'London', nhsRegionOnsCode: 'E40000003', workwell2024: false },
  { onsCode: 'E54000032', odsCode: 'QKS', name: 'NHS Kent and Medway Integrated Care Board', shortName: 'Kent and Medway', nhsRegion: 'South East', nhsRegionOnsCode: 'E40000005', workwell2024: false },
  { onsCode: 'E54000034', odsCode: 'QNQ', name: 'NHS Frimley Integrated Care Board', shortName: 'Frimley', nhsRegion: 'South East', nhsRegionOnsCode: 'E40000005', workwell2024: true },
  { onsCode: 'E54000036', odsCode: 'QT6', name: 'NHS Cornwall and the Isles of Scilly Integrated Care Board', shortName: 'Cornwall and the Isles of Scilly', nhsRegion: 'South West', nhsRegionOnsCode: 'E40000006', workwell2024: true },
  { onsCode: 'E54000037', odsCode: 'QJK', name: 'NHS Devon Integrated Care Board', shortName: 'Devon', nhsRegion: 'South West', nhsRegionOnsCode: 'E40000006', workwell2024: false },
  { onsCode: 'E54000038', odsCode: 'QSL', name: 'NHS Somerset Integrated Care Board', shortName: 'Somerset', nhsRegion: 'South West', nhsRegionOnsCode: 'E40000006', workwell2024: false },
  { onsCode: 'E54000039', odsCode: 'QUY', name: 'NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board', shortName: 'Bristol, North Somerset and South Gloucestershire', nhsRegion: 'South West', nhsRegionOnsCode: 'E40000006', workwell2024: true },
  { onsCode: 'E54000040', odsCode: 'QOX', name: 'NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board', shortName: 'Bath and North East Somerset, Swindon and Wiltshire', nhsRegion: 'South West', nhsRegionOnsCode: 'E40000006', workwell2024: false },
  { onsCode: 'E54000041', odsCode: 'QVV', name: 'NHS Dorset Integrated Care Board', shortName: 'Dorset', nhsRegion: 'South West', nhsRegionOnsCode: 'E40000006', workwell2024: false },
  { onsCode: 'E54000042', odsCode: 'QRL', name: 'NHS Hampshire and Isle of Wight Integrated Care Board', shortName: 'Hampshire and Isle of Wight', nhsRegion: 'South East', nhsRegionOnsCode: 'E40000005', workwell2024: false },
  { onsCode: 'E54000043', odsCode: 'QR1', name: 'NHS Gloucestershire Integrated Care Board', shortName: 'Gloucestershire', nhsRegion: 'South West', nhsRegionOnsCode: 'E40000006', workwell2024: false },
  { onsCode: 'E54000044', odsCode: 'QU9', name: 'NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board', shortName: 'Buckinghamshire, Oxfordshire and Berkshire West', nhsRegion: 'South East', nhsRegionOnsCode: 'E40000005', workwell2024: false },
  { onsCode: 'E54000048', odsCode: 'QE1', name: 'NHS Lancashire and South Cumbria Integrated Care Board', shortName: 'Lancashire and South Cumbria', nhsRegion: 'North West', nhsRegionOnsCode: 'E40000014', workwell2024: true },
  { onsCode: 'E54000050', odsCode: 'QHM', name: 'NHS North East and North Cumbria Integrated Care Board', shortName: 'North East and North Cumbria', nhsRegion: 'North East and Yorkshire', nhsRegionOnsCode: 'E40000012', workwell2024: false },
  { onsCode: 'E54000051', odsCode: 'QOQ', name: 'NHS Humber and North Yorkshire Integrated Care Board', shortName: 'Humber and North Yorkshire', nhsRegion: 'North East and Yorkshire', nhsRegionOnsCode: 'E40000012', workwell2024: false },
  { onsCode: 'E54000054', odsCode: 'QWO', name: 'NHS West Yorkshire Integrated Care Board', shortName: 'West Yorkshire', nhsRegion: 'North East and Yorkshire', nhsRegionOnsCode: 'E40000012', workwell2024: false },
  { onsCode: 'E54000055', odsCode: 'QHL', name: 'NHS Birmingham and Solihull Integrated Care Board', shortName: 'Birmingham and Solihull', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: true },
  { onsCode: 'E54000056', odsCode: 'QUE', name: 'NHS Cambridgeshire and Peterborough Integrated Care Board', shortName: 'Cambridgeshire and Peterborough', nhsRegion: 'East of England', nhsRegionOnsCode: 'E40000013', workwell2024: true },
  { onsCode: 'E54000057', odsCode: 'QOP', name: 'NHS Greater Manchester Integrated Care Board', shortName: 'Greater Manchester', nhsRegion: 'North West', nhsRegionOnsCode: 'E40000014', workwell2024: true },
  { onsCode: 'E54000058', odsCode: 'QJ2', name: 'NHS Derby and Derbyshire Integrated Care Board', shortName: 'Derby and Derbyshire', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: false },
  { onsCode: 'E54000059', odsCode: 'QPM', name: 'NHS Northamptonshire Integrated Care Board', shortName: 'Northamptonshire', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: false },
  { onsCode: 'E54000060', odsCode: 'QT1', name: 'NHS Nottingham and Nottinghamshire Integrated Care Board', shortName: 'Nottingham and Nottinghamshire', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: false },
  { onsCode: 'E54000061', odsCode: 'QF7', name: 'NHS South Yorkshire Integrated Care Board', shortName: 'South Yorkshire', nhsRegion: 'North East and Yorkshire', nhsRegionOnsCode: 'E40000012', workwell2024: true },
  { onsCode: 'E54000062', odsCode: 'QUA', name: 'NHS Black Country Integrated Care Board', shortName: 'Black Country', nhsRegion: 'Midlands', nhsRegionOnsCode: 'E40000011', workwell2024: true },
  { onsCode: 'E54000063', odsCode: 'QXU', name: 'NHS Surrey Heartlands Integrated Care Board', shortName: 'Surrey Heartlands', nhsRegion: 'South East', nhsRegionOnsCode: 'E40000005', workwell2024: true },
  { onsCode: 'E54000064', odsCode: 'QNX', name: 'NHS Sussex Integrated Care Board', shortName: 'Sussex', nhsRegion: 'South East', nhsRegionOnsCode: 'E40000005', workwell2024: false },
]);
