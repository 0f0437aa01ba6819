" EditorsIT's driver for Vim and Neovim. The documented snippet is installed as
" after/ftplugin/dockerfile.vim, so opening $LL_FILE loads it as it would for a
" user. Then :make! (LL_MODE=make) or, after replacing the buffer's text with
" $LL_CONTENT without saving, :LayerlintBuffer (LL_MODE=buffer). Writes the
" quickfix list as JSON to $LL_OUT, with where :cc puts the cursor for each
" valid entry.
set nomore hidden
try
  execute 'edit' fnameescape($LL_FILE)
  if $LL_MODE ==# 'buffer'
    silent %delete _
    call setline(1, readfile($LL_CONTENT))
    LayerlintBuffer
  else
    silent make!
  endif
  let s:entries = []
  let s:list = getqflist()
  for s:i in range(len(s:list))
    let s:e = s:list[s:i]
    let s:entry = {'valid': s:e.valid, 'file': s:e.bufnr > 0 ? fnamemodify(bufname(s:e.bufnr), ':p') : '',
          \ 'line': s:e.lnum, 'col': s:e.col, 'vcol': s:e.vcol, 'type': s:e.type, 'text': s:e.text}
    if s:e.valid
      execute 'silent cc' (s:i + 1)
      " in characters, as layerlint counts (col('.') is a byte index)
      let s:entry.landed = {'file': expand('%:p'), 'line': line('.'),
            \ 'col': strchars(strpart(getline('.'), 0, col('.') - 1)) + 1}
    endif
    call add(s:entries, s:entry)
  endfor
  call writefile([json_encode({'filetype': &filetype, 'entries': s:entries})], $LL_OUT)
catch
  call writefile([json_encode({'exception': v:exception, 'throwpoint': v:throwpoint})], $LL_OUT)
endtry
qall!
