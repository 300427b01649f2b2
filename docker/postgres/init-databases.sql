-- Run once by the postgres:15 image when its data volume is empty (docker-compose.yml).
-- One database per service, as ./run.sh creates them locally.
CREATE DATABASE plan;
CREATE DATABASE report;
CREATE DATABASE award;
CREATE DATABASE notification;
