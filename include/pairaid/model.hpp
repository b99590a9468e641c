#pragma once
// The paired-assistance model: organisations, areas, programs, pairings, batches, projects,
// transactions, indicators and their sources, held together by a validated Dataset.
#include <pairaid/model/area.hpp>
#include <pairaid/model/batch.hpp>
#include <pairaid/model/dataset.hpp>
#include <pairaid/model/dataset_content.hpp>
#include <pairaid/model/ids.hpp>
#include <pairaid/model/indicator.hpp>
#include <pairaid/model/organisation.hpp>
#include <pairaid/model/program.hpp>
#include <pairaid/model/project.hpp>
#include <pairaid/model/quantity_kind.hpp>
#include <pairaid/model/source.hpp>
#include <pairaid/model/validate.hpp>
#include <pairaid/model/violation.hpp>
