-- Neovim's own LSP client against `agentctl lsp`: open an agent file, read the diagnostics Neovim received, ask
-- for tool names, apply the quick fix for one diagnostic, and write the buffer where e2e.sh compares it with
-- `agentctl fix`.
-- Uses only what Neovim 0.7 (Debian 12's package) already has: start_client and buf_attach_client.
local agentctl = os.getenv('AGENTCTL')
local file = os.getenv('AGENT_FILE')
local out = os.getenv('RESULT_FILE')

local function fail(msg)
  io.stderr:write('e2e.lua: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'agentctl',
    cmd = { agentctl, 'lsp' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  if not client_id then
    fail('could not start agentctl lsp')
  end
  vim.lsp.buf_attach_client(buf, client_id)

  local function diagnostics()
    return vim.diagnostic.get(buf)
  end
  -- The first run may build the jar and its class-data archive: give it time.
  if not vim.wait(120000, function() return #diagnostics() > 0 end, 100) then
    fail('no diagnostics received')
  end

  local alias
  for _, d in ipairs(diagnostics()) do
    io.stdout:write(string.format('diagnostic %d:%d %s %s %s\n', d.lnum + 1, d.col + 1, d.source or '?',
      tostring(d.code), d.message))
    if d.code == 'AG017' then
      alias = d
    end
  end
  if not alias then
    fail('no AG017 legacy-tool-alias diagnostic among those received')
  end
  if alias.source ~= 'agentctl' then
    fail('diagnostic source is ' .. tostring(alias.source))
  end

  -- Completion of tool names where the tools line ends.
  local tools_line = vim.api.nvim_buf_get_lines(buf, 3, 4, false)[1]
  local completion = vim.lsp.buf_request_sync(buf, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = 3, character = #tools_line },
  }, 10000)
  local labels = {}
  for _, response in pairs(completion or {}) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do
      labels[item.label] = true
    end
  end
  if not labels['Bash'] or labels['Read'] then
    fail('completion after "' .. tools_line .. '" should offer Bash and not Read again')
  end
  io.stdout:write('completion: Bash offered, Read not repeated\n')

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = {
      start = { line = alias.lnum, character = alias.col },
      ['end'] = { line = alias.end_lnum, character = alias.end_col },
    },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, alias.lnum), only = { 'quickfix' } },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000)
  local fix
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      io.stdout:write('code action: ' .. action.title .. '\n')
      if action.kind == 'quickfix' and action.edit and action.title:find('AG017', 1, true) then
        fix = action
      end
    end
  end
  if not fix then
    fail('no quick fix offered for AG017')
  end
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  vim.cmd('silent write! ' .. vim.fn.fnameescape(out))

  -- The diagnostic goes away once the server has seen the edit.
  if not vim.wait(10000, function()
    for _, d in ipairs(diagnostics()) do
      if d.code == 'AG017' then return false end
    end
    return true
  end, 50) then
    fail('AG017 still reported after the quick fix')
  end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  vim.cmd('qall!')
end

-- Any Lua error ends Neovim with a failure instead of leaving it waiting for input.
local ok, err = pcall(main)
if not ok then
  fail(tostring(err))
end
