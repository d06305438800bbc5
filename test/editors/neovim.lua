-- Driven by neovim.test.ts: opens an article with Neovim's built-in LSP client attached to the
-- sxs language server, waits for diagnostics, asks for a hover and the document symbols, writes
-- what it saw as JSON and quits. Every wait is for a condition, with a deadline.
local params = vim.fn.json_decode(os.getenv('SXS_NVIM_PARAMS'))
local report = { events = {} }

local function finish()
  local file = io.open(params.output, 'w')
  file:write(vim.fn.json_encode(report))
  file:close()
  vim.cmd('qa!')
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(params.article))
  vim.bo.filetype = 'markdown'
  local buffer = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({
    name = 'sxs',
    cmd = params.command,
    root_dir = params.root,
  })
  assert(client, 'the language server did not start')
  vim.lsp.buf_attach_client(buffer, client)
  table.insert(report.events, 'attached')

  report.initialized = vim.wait(params.timeout, function()
    local running = vim.lsp.get_client_by_id(client)
    return running ~= nil and running.initialized == true
  end, 20)

  report.diagnosticsArrived = vim.wait(params.timeout, function()
    return #vim.diagnostic.get(buffer) > 0
  end, 20)
  report.diagnostics = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(report.diagnostics, { line = diagnostic.lnum, code = diagnostic.code, message = diagnostic.message, severity = diagnostic.severity })
  end

  local uri = vim.uri_from_bufnr(buffer)
  local hover = vim.lsp.buf_request_sync(buffer, 'textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = params.hover.line, character = params.hover.character },
  }, params.timeout)
  report.hover = {}
  for _, answer in pairs(hover or {}) do
    if answer.result and answer.result.contents then
      local lines = vim.lsp.util.convert_input_to_markdown_lines(answer.result.contents)
      table.insert(report.hover, table.concat(lines, '\n'))
    end
  end

  local symbols = vim.lsp.buf_request_sync(buffer, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, params.timeout)
  report.symbols = {}
  local function collect(list, depth)
    for _, symbol in ipairs(list or {}) do
      table.insert(report.symbols, { name = symbol.name, depth = depth })
      collect(symbol.children, depth + 1)
    end
  end
  for _, answer in pairs(symbols or {}) do collect(answer.result, 0) end

  vim.lsp.stop_client(client)
  report.stopped = vim.wait(params.timeout, function() return vim.lsp.client_is_stopped(client) end, 20)
end)

if not ok then report.error = tostring(failure) end
finish()
