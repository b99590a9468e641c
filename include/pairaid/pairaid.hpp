#pragma once
// The umbrella header of pairaid's header-first core. Include this, or the single parts you need
// (<pairaid/core/money.hpp> ...), or <pairaid/fwd.hpp> where a declaration is enough.
#include <pairaid/version.hpp>
#include <pairaid/core/error.hpp>
#include <pairaid/core/rounding.hpp>
#include <pairaid/core/decimal.hpp>
#include <pairaid/core/currency.hpp>
#include <pairaid/core/money.hpp>
#include <pairaid/core/ratio.hpp>
#include <pairaid/core/count.hpp>
#include <pairaid/core/reported.hpp>
#include <pairaid/core/phrase.hpp>
#include <pairaid/core/period.hpp>
#include <pairaid/core/calendar.hpp>
#include <pairaid/core/fx.hpp>
